/**
 * A `cem analyze` plugin: keeps only the events an element's JSDoc names. cem also lists each
 * `dispatchEvent(new SomeEvent(…))` it finds, without a name (the name lives in the event's
 * class), beside the same event from `@fires {SomeEvent} circle-… - …`; a nameless event
 * means nothing to an editor or Storybook, and would show up twice.
 */
export function namedEventsOnly() {
  return {
    name: 'circle:named-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (!declaration.events) continue;
        declaration.events = declaration.events.filter((event) => event.name);
        if (declaration.events.length === 0) delete declaration.events;
      }
    },
  };
}
