// Starts nhsuk-frontend's components (header menu, details, skip link). The build fills in the file name.
import { initAll } from './__NHSUK_JS__';

initAll();

// A waiting time is shown only so long after it was measured (site_config.yaml). A page built before that day may be
// read after it: then it says what a build on that day would (the figure's data-then).
const today = new Date().toISOString().slice(0, 10);
document.querySelectorAll('[data-shown-until]').forEach((wait) => {
  if (today > wait.dataset.shownUntil) wait.textContent = wait.dataset.then;
});
