/** Layout checks for WCAG's reflow, text spacing, target size and forced colours, through shadow roots. */
import { queryAllDeep } from './dom.js';

function hiddenFromView(element: Element): boolean {
  if (element.closest('.visually-hidden, [hidden]')) return true;
  const style = getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden' || element.getBoundingClientRect().width === 0;
}

function describe(element: Element): string {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
  return `<${element.localName}${element.id ? `#${element.id}` : ''}${element.getAttribute('part') ? ` part=${element.getAttribute('part')}` : ''}> "${text}"`;
}

/** What sticks out of a `width` px viewport, or would need scrolling sideways (1.4.10). */
export function overflowing(host: Element, width: number): string[] {
  const found: string[] = [];
  if (document.documentElement.scrollWidth > width) found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
  for (const element of [host, ...queryAllDeep(host.shadowRoot!, '*')]) {
    if (hiddenFromView(element)) continue;
    const rect = element.getBoundingClientRect();
    if (rect.left < -0.5 || rect.right > width + 0.5) found.push(`${describe(element)} spans ${Math.round(rect.left)}–${Math.round(rect.right)} px`);
    if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible') found.push(`${describe(element)} scrolls sideways`);
  }
  return found;
}

/** Content cut off by its box: `overflow: hidden` or `clip` with more inside than shows (1.4.12). */
export function clipped(host: Element): string[] {
  return [host, ...queryAllDeep(host.shadowRoot!, '*')].flatMap((element) => {
    if (hiddenFromView(element)) return [];
    const style = getComputedStyle(element);
    const clips = (value: string) => value === 'hidden' || value === 'clip';
    const x = clips(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
    const y = clips(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
    return x || y
      ? [`${describe(element)} clips its content (${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight})`]
      : [];
  });
}

/** WCAG 1.4.12's text spacing, as its bookmarklet applies it, into the page and every shadow root below `host`. */
export function overrideTextSpacing(host: Element): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p { margin-block-end: 2em !important; }`);
  const roots: (Document | ShadowRoot)[] = [
    document,
    ...[host, ...queryAllDeep(host.shadowRoot!, '*')].flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : [])),
  ];
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => {
    for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((each) => each !== sheet);
  };
}

/** What a pointer aims at: a radio's or checkbox's label rather than the small box. */
function targetOf(control: HTMLElement): HTMLElement {
  if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) return control.closest('label') ?? control;
  return control;
}

/** Controls smaller than 24×24 CSS px (2.5.8), except links inside a sentence. */
export function smallTargets(host: Element): string[] {
  const controls = queryAllDeep<HTMLElement>(host.shadowRoot!, 'button, a[href], input, textarea, select, [role=menuitem], td[tabindex]');
  return controls.flatMap((control) => {
    if (hiddenFromView(control) || (control instanceof HTMLInputElement && control.type === 'hidden')) return [];
    if (control.localName === 'a' && !control.classList.contains('button') && control.closest('p, dd, li')) return []; // inline in text
    const target = targetOf(control);
    const { width, height } = target.getBoundingClientRect();
    return width < 24 || height < 24 ? [`${describe(target)} is ${Math.round(width)}×${Math.round(height)}`] : [];
  });
}

/**
 * Controls with nothing drawn around them: no border in a colour other than their background,
 * so invisible as controls in forced colours. Days in the month grid are left out: they are
 * text in a grid by design, marked with a dot when free and with Highlight when chosen.
 */
export function unboundedControls(host: Element): string[] {
  const highlight = systemColor('Highlight');
  const controls = queryAllDeep<HTMLElement>(
    host.shadowRoot!,
    'button, a.button, input:not([type=radio]):not([type=checkbox]), textarea, select, label:has(> input[type=radio])',
  );
  return controls.flatMap((control) => {
    if (hiddenFromView(control) || control.matches('.link-button')) return [];
    const boxes = [control, ...control.querySelectorAll<HTMLElement>('span, .day')];
    const bounded = boxes.some((box) => {
      const style = getComputedStyle(box);
      if (style.backgroundColor === highlight) return true; // a chosen control, filled with Highlight
      return ['top', 'right', 'bottom', 'left'].every(
        (side) =>
          style.getPropertyValue(`border-${side}-style`) !== 'none' &&
          parseFloat(style.getPropertyValue(`border-${side}-width`)) >= 1 &&
          !/^(transparent|rgba\(.*,\s*0\))$/.test(style.getPropertyValue(`border-${side}-color`)) &&
          style.getPropertyValue(`border-${side}-color`) !== style.backgroundColor,
      );
    });
    return bounded ? [] : [`${describe(control)} has no visible boundary`];
  });
}

/** A CSS system colour as the browser resolves it now (forced colours change them). */
function systemColor(name: string): string {
  const probe = document.createElement('div');
  probe.style.cssText = `background-color: ${name}; forced-color-adjust: none`;
  document.body.append(probe);
  const color = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return color;
}

/** A fingerprint of how an element is drawn, to tell a selected control from one that is not. */
export function drawn(element: Element): string {
  const style = getComputedStyle(element);
  return [
    style.backgroundColor,
    style.color,
    style.borderTopWidth,
    style.borderTopColor,
    style.outlineStyle,
    style.outlineWidth,
    style.textDecorationLine,
  ].join('|');
}
