// Cloudflare Turnstile, loaded only when the server has a site key (the CSP allows exactly this script).
// Tokens are single-use, so the widget is reset after each one is taken.

interface TurnstileApi {
  render(container: HTMLElement, options: Record<string, unknown>): string;
  reset(widgetId: string): void;
}

declare global {
  interface Window {
    turnstile?: TurnstileApi;
  }
}

const SCRIPT_URL = 'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit';
let scriptLoading: Promise<TurnstileApi> | null = null;

function loadScript(): Promise<TurnstileApi> {
  scriptLoading ??= new Promise<TurnstileApi>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = SCRIPT_URL;
    script.async = true;
    script.onload = () => (window.turnstile ? resolve(window.turnstile) : reject(new Error('turnstile missing')));
    script.onerror = () => {
      scriptLoading = null;
      reject(new Error('turnstile failed to load'));
    };
    document.head.appendChild(script);
  });
  return scriptLoading;
}

export class TurnstileGate {
  private widgetId: string | null = null;
  private token: string | null = null;
  private waiting: ((token: string) => void)[] = [];

  constructor(
    private readonly siteKey: string,
    private readonly container: HTMLElement,
  ) {}

  /** Resolves with a fresh token, showing the challenge in the container if Cloudflare asks for one. */
  async getToken(): Promise<string> {
    const turnstile = await loadScript().catch(() => {
      throw new Error('The human check could not load. Check your connection and try again.');
    });
    if (this.widgetId === null) {
      this.widgetId = turnstile.render(this.container, {
        sitekey: this.siteKey,
        callback: (token: string) => {
          this.token = token;
          for (const resolve of this.waiting.splice(0)) resolve(token);
        },
        'expired-callback': () => (this.token = null),
      });
    }
    const token = this.token ?? (await new Promise<string>((resolve) => this.waiting.push(resolve)));
    this.token = null;
    turnstile.reset(this.widgetId);
    return token;
  }
}
