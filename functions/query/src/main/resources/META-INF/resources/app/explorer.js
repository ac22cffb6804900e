// Swagger UI over the API's own OpenAPI document (this page is served at /docs, so relative paths start at /). Requests made with "Try it out" carry the dashboard's access
// token, when one is set (an API deployed with ApiAuth=JWT).
window.addEventListener('DOMContentLoaded', () => {
  window.ui = window.SwaggerUIBundle({
    url: new URL('openapi', document.baseURI).href,
    dom_id: '#swagger-ui',
    deepLinking: true,
    // No badge from an outside validator: this page talks to its own API only.
    validatorUrl: null,
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    tryItOutEnabled: true,
    requestInterceptor: (request) => {
      const bearer = sessionStorage.getItem('edgar-live.token');
      if (bearer) {
        request.headers.Authorization = `Bearer ${bearer}`;
      }
      return request;
    },
  });
});
