/**
 * Working without a connection: the page the service worker shows when a page was never
 * visited or a form cannot be sent offline. The worker itself ({@code static/sw.js}), the
 * script that registers it ({@code static/js/offline.js}) and the web app manifest
 * ({@code static/manifest.webmanifest}) are static files.
 */
package org.backstop.app.offline;
