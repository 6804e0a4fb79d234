/** The home page: the way in to the assessment, the exercises and the library. */
package org.backstop.app.home;
