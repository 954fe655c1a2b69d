// A signpost while work based on the old layout moves over, removed before release: the
// booking flow lives in src/booking-flow/ (see docs/architecture.md).
export {};
