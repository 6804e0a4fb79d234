package org.backstop.app.offline;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /offline}: what to do with no connection, in the person's language and with
 * their emergency number. The service worker keeps a copy and shows it when it has
 * nothing better: a page never visited, or a form (such as the wizard's) that could not
 * be sent.
 */
@Controller
class OfflinePage {

	@GetMapping("/offline")
	String offline() {
		return "offline/offline";
	}

}
