package org.backstop.app.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /}: the home page. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home/home";
	}

}
