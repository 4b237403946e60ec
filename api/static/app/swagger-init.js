// Starts Swagger UI on the API docs page (api/templates/swagger_ui.html) from the page's data
// attributes: a file, not an inline script, so the page runs under the strict
// Content-Security-Policy of api/headers.py.
"use strict";
window.addEventListener("load", () => {
  const container = document.getElementById("swagger-ui-container");
  const config = Object.assign(
    { url: container.dataset.specUrl, dom_id: "#swagger-ui-container" },
    JSON.parse(container.dataset.config || "{}"),
  );
  window.ui = window.SwaggerUIBundle(config);
});
