// The two states every request shows: progress while it runs, a readable failure with a retry after.
export function Progress({ label, inline = false }: { label: string; inline?: boolean }) {
  return (
    <div class={inline ? 'progress progress-inline' : 'progress'} role="status">
      <span class="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

interface ErrorNoticeProps {
  message: string;
  onRetry?: () => void;
  retryLabel?: string;
}

export function ErrorNotice({ message, onRetry, retryLabel = 'Try again' }: ErrorNoticeProps) {
  return (
    <div class="notice notice-error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" class="button button-small" onClick={onRetry}>
          {retryLabel}
        </button>
      )}
    </div>
  );
}
