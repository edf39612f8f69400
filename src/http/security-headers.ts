// Security headers on every response the worker makes, by Hono's secureHeaders (its defaults plus our policy).
// Static assets, the HTML included, get the same from web/public/_headers: keep the two in step.
import { secureHeaders } from 'hono/secure-headers';

export const securityHeaders = secureHeaders({
  // Only the site's own files, plus Cloudflare Turnstile's script and frame (loaded only when it is configured).
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", 'https://challenges.cloudflare.com'],
    frameSrc: ['https://challenges.cloudflare.com'],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
  },
  referrerPolicy: 'strict-origin-when-cross-origin',
  xFrameOptions: 'DENY',
  strictTransportSecurity: 'max-age=31536000; includeSubDomains',
});
