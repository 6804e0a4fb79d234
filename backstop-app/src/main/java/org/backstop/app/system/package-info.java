/**
 * What every feature's web layer shares, and nothing else: problem answers
 * ({@code application/problem+json}, RFC 9457, through
 * {@link org.backstop.app.system.ErrorAnswers}), strictly read JSON bodies
 * ({@link org.backstop.app.system.StrictJsonBody}), canonical ids in paths, paging, the
 * public address, the web configuration, the clock, the API description, and parts of
 * pages rendered once and reused ({@link org.backstop.app.system.RenderedFragments}).
 */
package org.backstop.app.system;
