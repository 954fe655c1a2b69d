// The clinic website only: popups from the hero's buttons and the floating booking button. The
// one-script bundle (shared/setup.ts) brings them: `circle-booking/embed` beside it would be a
// second copy of the library.
import 'circle-booking';
