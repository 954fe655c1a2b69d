/**
 * Renders a template the way the elements do: inside a shadow root with the library's tokens,
 * buttons and status styles. For tests of render functions (status screens, the month grid
 * with its times) that have no element of their own.
 */
import { fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { buttons, tokens } from '../../src/styles/tokens.js';
import { defineElement } from '../../src/ui/define.js';
import { statusStyles } from '../../src/ui/status.js';

class TemplateHost extends LitElement {
  static override styles = [tokens, buttons, statusStyles];
  content?: TemplateResult;
  protected override render() {
    return this.content;
  }
}
defineElement('test-template-host', TemplateHost);

/** The shadow root `content` was rendered into, once rendered. */
export async function renderInShadowRoot(content: TemplateResult): Promise<ShadowRoot> {
  const el = await fixture<TemplateHost>(html`<test-template-host .content=${content}></test-template-host>`);
  await el.updateComplete;
  return el.shadowRoot!;
}
