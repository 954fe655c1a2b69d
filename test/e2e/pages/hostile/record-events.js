// Records every circle-* event any element dispatches, with its detail as the page would see it.
window.__events = [];
const dispatch = EventTarget.prototype.dispatchEvent;
EventTarget.prototype.dispatchEvent = function (event) {
  if (event.type.startsWith('circle-')) {
    window.__events.push(`${event.type} ${JSON.stringify(event.detail ?? null)}`);
  }
  return dispatch.call(this, event);
};
