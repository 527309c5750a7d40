import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers for every response (helmet). The Content-Security-Policy is helmet's strict
 * default, adjusted only for what the browsable reference at `/docs` needs: its swagger-ui
 * scripts, styles and fonts are served from this origin (nothing here can load from a CDN), it
 * sets inline styles, shows inline SVG icons as data URLs and fetches `/openapi.json`. No inline
 * script is allowed, so the page's initialiser must be served as a file.
 * `upgrade-insecure-requests` is left out: TLS ends at the proxy, HSTS covers browsers, and the
 * directive would break `/docs` on plain-HTTP local runs.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        scriptSrcAttr: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
  });
}
