/**
 * What every page's layout shows, added to every page and never to API answers: the
 * numbers to call in the reader's country, chosen by them or taken from the browser's
 * region and never from the language (the hazard log's control for people outside
 * Europe), the chosen theme, and moments in the reader's language and the server's time
 * zone.
 */
package org.backstop.app.layout;
