/**
 * What every page's layout shows, added to every page and never to API answers: the
 * emergency number for the reader's country (the hazard log's control for people outside
 * Europe), the chosen theme, and moments in the reader's language and the server's time
 * zone.
 */
package org.backstop.app.layout;
