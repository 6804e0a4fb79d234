/**
 * The sources (guidelines and papers) that every rule and text of Backstop cites, each
 * with the date it was last checked against the clinical reference and the interval
 * within which it must be checked again.
 */
package org.backstop.core.knowledge;
