// The `feed` package writes every entry title as HTML (Atom `<title type="html"><![CDATA[…]]>`, RSS
// `<title><![CDATA[…]]>`, which readers also take as HTML) and has no option for text. A title is text: a
// title of `<script>…` must show those characters, never run. So the titles are rewritten as XML-escaped
// text (Atom `type="text"`), and summaries are HTML-escaped before they go in, as HTML that shows the text.

const CDATA_TITLE = /<title( type="html")?>((?:<!\[CDATA\[[\s\S]*?\]\]>)+)<\/title>/g;

/** The feed's XML with every CDATA title turned into a text title with the same characters. */
export function titlesAsText(xml: string): string {
  return xml.replace(CDATA_TITLE, (_, html: string | undefined, sections: string) => {
    // xml-js splits a CDATA section at "]]>"; the sections joined are the title as given.
    const title = [...sections.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m) => m[1]).join("");
    return `<title${html ? ' type="text"' : ""}>${escapeXml(title)}</title>`;
  });
}

/** Plain text as HTML that shows exactly that text (for the feeds' type="html" summaries). */
export function textAsHtml(text: string): string {
  return escapeXml(text);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
