// `circle-booking`: importing this module registers every element (their tags) and re-exports
// the public types. Each element's module is imported here as it arrives, e.g.
// `import './elements/book-service/book-service.js';`. None exists yet.
export {};
