// Starts nhsuk-frontend's components (header menu, details, skip link). The build fills in the file name.
import { initAll } from './__NHSUK_JS__';

initAll();
