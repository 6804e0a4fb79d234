/**
 * A strict JSON reading toolkit: {@link org.backstop.core.json.JsonFields} reads fields
 * of a Jackson tree and records a violation naming each bad one, and
 * {@link org.backstop.core.json.Coded} gives enums their snake_case codes. Depends only
 * on {@link org.backstop.core.problem} and Jackson.
 */
package org.backstop.core.json;
