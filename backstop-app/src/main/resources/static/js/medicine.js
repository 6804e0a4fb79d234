// The dose page without JavaScript asks for the time zone; with it, a fresh form starts
// with the device's own zone, so that the times typed in are read as the person means them.
(function () {
	"use strict";
	var field = document.getElementById("dose-timeZone");
	if (!field || field.getAttribute("data-suggest") !== "true" || !window.Intl) {
		return;
	}
	try {
		var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
		if (zone) {
			field.value = zone;
		}
	} catch (ignored) {
		// Keep the server's zone.
	}
}());
