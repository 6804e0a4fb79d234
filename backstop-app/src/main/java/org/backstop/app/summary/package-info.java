/**
 * The clinician summary: what a clinician, or whoever opens a person's share link, needs
 * to read in about a minute, within what the person shared. One plain model, assembled by
 * one service, so a page and a PDF report show the same.
 */
package org.backstop.app.summary;
