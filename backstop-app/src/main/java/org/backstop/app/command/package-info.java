/**
 * What the command line shares: {@code backstop serve} and the line it logs once the web
 * app is ready, the base of the commands that read JSON and answer it as the API does
 * ({@link org.backstop.app.command.JsonCommand}), and text from input made safe to print
 * on a terminal. Each feature keeps its own commands ({@code assess}, {@code plan},
 * {@code doses}, {@code create-admin}).
 */
package org.backstop.app.command;
