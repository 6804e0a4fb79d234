/**
 * The sources (guidelines and papers) that every rule and text of Backstop cites.
 */
package org.backstop.core.knowledge;
