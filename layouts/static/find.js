// Placeholder until the lookup is built: show nothing extra; the no-JavaScript list below still works.
