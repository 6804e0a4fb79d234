/**
 * The education library: the articles under {@code classpath:library/*.md}, read and
 * checked once at start-up, rendered safely, searchable, served as pages
 * ({@code /library}) and as JSON ({@code /api/v1/library}).
 */
package org.backstop.app.library;
