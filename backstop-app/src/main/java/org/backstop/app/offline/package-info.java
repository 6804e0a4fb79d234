/**
 * Working without a connection, and being installed: the page the service worker shows
 * when a page was never visited or a form cannot be sent offline, and the web app
 * manifest in the page's language ({@code WebAppManifest}, from
 * {@code offline/manifest.webmanifest}). The worker itself ({@code static/sw.js}) and the
 * script that registers it ({@code static/js/offline.js}) are static files.
 */
package org.backstop.app.offline;
