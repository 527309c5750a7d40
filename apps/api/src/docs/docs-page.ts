/**
 * The reference page and its initialiser. swagger-ui-dist's own `index.html` uses relative
 * asset paths and its initialiser points at a public demo document, so both are replaced: the
 * page names every asset under `/docs/`, and the initialiser, served as a file because the
 * Content-Security-Policy allows no inline script, loads `/openapi.json`.
 */

/** The HTML of `GET /docs`. */
export const DOCS_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>LunaJoy Match API reference</title>
    <link rel="stylesheet" href="/docs/swagger-ui.css">
    <link rel="stylesheet" href="/docs/index.css">
    <link rel="icon" type="image/png" href="/docs/favicon-32x32.png" sizes="32x32">
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/docs/swagger-ui-bundle.js" charset="utf-8"></script>
    <script src="/docs/swagger-ui-standalone-preset.js" charset="utf-8"></script>
    <script src="/docs/swagger-initializer.js" charset="utf-8"></script>
  </body>
</html>
`;

/** `GET /docs/swagger-initializer.js`: starts the UI on this API's document. */
export const DOCS_INITIALIZER = `window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    // The public validator badge would be a request to another origin, which the CSP refuses.
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout',
  });
};
`;
