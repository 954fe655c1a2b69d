// The clinic website only: popups from the hero's buttons and the floating booking button.
import 'circle-booking/embed';
