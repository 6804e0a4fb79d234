/**
 * Backstop's app: the web app and REST API, and the command line that shares the clinical
 * core with them. One package per feature.
 */
package org.backstop.app;
