import { describe, expect, it } from 'vitest';
import { CfnTag, getAtt, ref, scalarText, sub, toYaml } from './yaml';
import { parseYaml } from './yaml-parse.testing';

function roundTrip(value: string): unknown {
  return parseYaml(toYaml({ Value: value }));
}

describe('scalarText quoting', () => {
  it.each(['yes', 'No', 'on', 'OFF', 'y', 'true', 'null', '~', '<<', '='])(
    'quotes YAML 1.1 word %s',
    (word) => {
      expect(scalarText(word)).toBe(`'${word}'`);
    },
  );

  it.each(['123', '-1', '1.5', '.5', '0x1F', '1e3', '2010-09-09', '1:30', '.inf'])(
    'quotes number-like %s',
    (text) => {
      expect(scalarText(text)).toBe(`'${text}'`);
    },
  );

  it.each([':', 'a: b', 'ends:', 'a #b', '#comment', '- item', '!Ref x', '*alias', '&anchor', "'", '"', '%x', '@x', '`x', '{}', '[]', '|', '>'])(
    'quotes indicator text %s',
    (text) => {
      expect(scalarText(text)).not.toBe(text);
    },
  );

  it('keeps ARNs plain', () => {
    expect(scalarText('arn:aws:sqs:us-east-1:123456789012:orders')).toBe(
      'arn:aws:sqs:us-east-1:123456789012:orders',
    );
  });

  it('keeps paths with braces plain', () => {
    expect(scalarText('/items/{id}')).toBe('/items/{id}');
  });

  it('doubles single quotes inside', () => {
    expect(scalarText("it's: here")).toBe("'it''s: here'");
  });

  it('quotes the empty string', () => {
    expect(scalarText('')).toBe("''");
  });

  it('quotes leading spaces', () => {
    expect(scalarText(' x')).toBe("' x'");
  });

  it('escapes control characters', () => {
    expect(scalarText('a\u0007b')).toBe('"a\\u0007b"');
  });

  it('escapes a line separator', () => {
    expect(scalarText('a\u2028b')).toBe('"a\\u2028b"');
  });
});

describe('toYaml round trip', () => {
  it.each([
    'yes',
    '123',
    ':',
    '#',
    'a: b # c',
    "it's",
    '',
    ' padded ',
    'tab\there',
    'arn:aws:lambda:us-east-1:123456789012:function:hello',
    '$default',
    '{"detail-type":["OrderPlaced"]}',
  ])('keeps %j', (text) => {
    expect(roundTrip(text)).toEqual({ Value: text });
  });

  it('keeps multi-line code', () => {
    const code = "export const handler = async () => {\n  return 'ok: #1';\n};\n";
    expect(roundTrip(code)).toEqual({ Value: code });
  });

  it('keeps code without a final newline', () => {
    expect(roundTrip('a\n  b')).toEqual({ Value: 'a\n  b' });
  });

  it('keeps extra final newlines', () => {
    expect(roundTrip('a\n\n\n')).toEqual({ Value: 'a\n\n\n' });
  });

  it('keeps blank lines inside code', () => {
    expect(roundTrip('a\n\nb\n')).toEqual({ Value: 'a\n\nb\n' });
  });

  it('keeps text that starts with a newline', () => {
    expect(roundTrip('\nstarts blank')).toEqual({ Value: '\nstarts blank' });
  });

  it('keeps carriage returns', () => {
    expect(roundTrip('a\r\nb')).toEqual({ Value: 'a\r\nb' });
  });

  it('keeps numbers, booleans and null', () => {
    const value = { A: 1, B: 2.5, C: true, D: false, E: null };
    expect(parseYaml(toYaml(value))).toEqual(value);
  });

  it('keeps number-like keys', () => {
    const value = { responses: { '200': { description: 'OK' } } };
    expect(parseYaml(toYaml(value))).toEqual(value);
  });

  it('keeps lists of maps', () => {
    const value = { Items: [{ Key: 'a', Value: '1' }, { Key: 'b', Value: 'yes' }] };
    expect(parseYaml(toYaml(value))).toEqual(value);
  });

  it('keeps nested lists', () => {
    const value = { Items: [['a', 'b'], [], ['c']] };
    expect(parseYaml(toYaml(value))).toEqual(value);
  });

  it('keeps empty collections', () => {
    const value = { List: [], Map: {} };
    expect(parseYaml(toYaml(value))).toEqual(value);
  });

  it('leaves out undefined entries', () => {
    expect(toYaml({ A: 1, B: undefined })).toBe('A: 1\n');
  });
});

describe('toYaml tags', () => {
  it('writes !Ref inline', () => {
    expect(toYaml({ Queue: ref('Orders') })).toBe('Queue: !Ref Orders\n');
  });

  it('writes !GetAtt with a dot', () => {
    expect(toYaml({ Arn: getAtt('Orders', 'Arn') })).toBe('Arn: !GetAtt Orders.Arn\n');
  });

  it('writes !Sub text', () => {
    expect(toYaml({ Url: sub('http://${Alb.DNSName}/') })).toBe(
      'Url: !Sub http://${Alb.DNSName}/\n',
    );
  });

  it('writes !Sub list form below the tag', () => {
    const text = toYaml({ Arn: sub('${Name}-x', { Name: ref('P') }) });
    expect(text).toBe('Arn: !Sub\n  - ${Name}-x\n  - Name: !Ref P\n');
  });

  it('writes tags in lists', () => {
    expect(toYaml({ Targets: [getAtt('Fn', 'Arn')] })).toBe('Targets:\n  - !GetAtt Fn.Arn\n');
  });

  it('reads tags back', () => {
    const value = { A: ref('X'), B: [sub('a: ${X}')], C: sub('x', { X: getAtt('Y', 'Z') }) };
    expect(parseYaml(toYaml(value))).toEqual(value);
  });

  it('writes a multi-line !Sub as a block', () => {
    const value = { Body: new CfnTag('!Sub', 'line ${A}\nline 2\n') };
    expect(toYaml(value)).toBe('Body: !Sub |\n  line ${A}\n  line 2\n');
  });
});
