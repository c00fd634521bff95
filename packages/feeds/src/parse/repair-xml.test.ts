import { describe, expect, it } from 'vitest';
import { repairXml } from './repair-xml.js';
import { sniffXml } from './xml-shape.js';

describe('repairXml', () => {
  it('escapes bare ampersands and keeps HTML-only entities as text', () => {
    expect(repairXml('<rss><title>Fish & Chips &nbsp;&amp; more</title></rss>')).toBe('<rss><title>Fish &amp; Chips &amp;nbsp;&amp; more</title></rss>');
  });

  it('resolves mismatched and missing close tags and drops what follows the root', () => {
    expect(repairXml('<rss><item><link>x</lnk><title>t</item></rss> trailing <junk/>')).toBe(
      '<rss><item><link>x<title>t</title></link></item></rss>',
    );
    expect(repairXml('<rss><channel><title>cut off')).toBe('<rss><channel><title>cut off</title></channel></rss>');
  });

  it('turns CDATA into escaped text and drops comments and processing instructions', () => {
    expect(repairXml('<?xml version="1.0"?><!-- c --><a><![CDATA[<b>x</b>]]></a>')).toBe('<a>&lt;b&gt;x&lt;/b&gt;</a>');
  });
});

describe('sniffXml', () => {
  it.each([
    ['<?xml version="1.0"?>\n<!-- hi --><rss version="2.0">', { kind: 'feed', format: 'rss' }],
    ['<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://a.example/">', { kind: 'feed', format: 'atom', base: 'http://a.example/' }],
    ['<rdf:RDF xmlns:rdf="x">', { kind: 'feed', format: 'rdf' }],
    ['<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x.dtd"><rss>', { kind: 'feed', format: 'rss' }],
    ['<!doctype html><html>', { kind: 'html' }],
    ['<HTML><BODY>', { kind: 'html' }],
    ['<note>', { kind: 'other', root: 'note' }],
    ['<!DOCTYPE x [<!ENTITY a "b">]><rss>', { kind: 'unsafe' }],
    ['just text', { kind: 'other' }],
  ])('%s', (text, shape) => {
    expect(sniffXml(text)).toEqual(shape);
  });
});
