import { describe, expect, it } from 'vitest';
import { createInput } from './input';
import { renderTemplate } from './render';
import { createUtil } from './util';

const PARAMS = { path: { id: '7' }, querystring: { q: 'shoes', id: 'query' }, header: { 'X-Trace': 'abc' } };

function render(template: string, body = '{"name":"O\'Brien","things":{"a":1,"b":2},"list":[1,2,3]}'): string {
  const result = renderTemplate(template, { input: createInput(body, PARAMS), util: createUtil(), context: { stage: 'prod' }, stageVariables: { env: 'test' } });
  if (!result.ok) {
    throw new Error(result.message);
  }
  return result.text;
}

describe('$input', () => {
  it('body is the raw payload', () => {
    expect(render('$input.body', '{"a": 1}')).toBe('{"a": 1}');
  });

  it('json returns JSON text', () => {
    expect(render("$input.json('$.things')")).toBe('{"a":1,"b":2}');
  });

  it('json of a string keeps quotes', () => {
    expect(render("$input.json('$.name')")).toBe('"O\'Brien"');
  });

  it('path returns a navigable object', () => {
    expect(render("$input.path('$.list').size() $input.path('$.things').a")).toBe('3 1');
  });

  it('params looks in path first', () => {
    expect(render("$input.params('id')")).toBe('7');
  });

  it('params falls back to header', () => {
    expect(render("$input.params('X-Trace')")).toBe('abc');
  });

  it('params map has three locations', () => {
    expect(render('#foreach($type in $input.params().keySet())$type #end')).toBe('path querystring header ');
  });
});

describe('$util', () => {
  it('escapeJavaScript escapes quotes', () => {
    expect(render('$util.escapeJavaScript($input.path(\'$.name\'))')).toBe("O\\'Brien");
  });

  it('replaceAll undoes the quote', () => {
    expect(render(`{"name": "$util.escapeJavaScript($input.path('$.name')).replaceAll("\\\\'","'")"}`)).toBe('{"name": "O\'Brien"}');
  });

  it('escapeJavaScript escapes line breaks', () => {
    expect(render('$util.escapeJavaScript($input.path(\'$.text\'))', '{"text":"a\\"b\\nc"}')).toBe('a\\"b\\nc');
  });

  it('parseJson returns an object', () => {
    expect(render(`$util.parseJson('{"a":{"b":5}}').a.b`)).toBe('5');
  });

  it('urlEncode uses form encoding', () => {
    expect(render("$util.urlEncode('a b&c=d/é')")).toBe('a+b%26c%3Dd%2F%C3%A9');
  });

  it('urlDecode reverses it', () => {
    expect(render("$util.urlDecode('a+b%26c%3Dd%2F%C3%A9')")).toBe('a b&c=d/é');
  });

  it('base64Encode uses UTF-8', () => {
    expect(render("$util.base64Encode('héllo')")).toBe('aMOpbGxv');
  });

  it('base64Decode reverses it', () => {
    expect(render("$util.base64Decode('aMOpbGxv')")).toBe('héllo');
  });
});

describe('template errors', () => {
  it('parse error has its line', () => {
    const result = renderTemplate('{\n  "a": #if(\n}', {});
    expect(result.ok ? undefined : [result.phase, result.line]).toEqual(['parse', 2]);
  });

  it('render error has its line', () => {
    const result = renderTemplate("line one\n$util.parseJson('not json')", { util: createUtil() });
    expect(result.ok ? undefined : [result.phase, result.line]).toEqual(['render', 2]);
  });

  it('stage variables and context render', () => {
    expect(render('$stageVariables.env $context.stage')).toBe('test prod');
  });

  it('missing reference renders empty', () => {
    expect(render('[$nothing.here]')).toBe('[]');
  });
});
