import { describe, expect, it } from 'vitest';
import {
  integrationConfig,
  resourcePathError,
  selectionPatternError,
  withMethodResponses,
  withTemplate,
} from './integration-config';

describe('integration config', () => {
  it('defaults fill an empty config', () => {
    expect(integrationConfig({})).toMatchObject({ IntegrationType: 'AWS_PROXY', ResourcePath: '/{proxy+}' });
  });

  it('invalid config falls back to defaults', () => {
    expect(integrationConfig({ IntegrationType: 'HTTP' }).IntegrationType).toBe('AWS_PROXY');
  });

  it('resource path needs a leading slash', () => {
    expect(resourcePathError('items')).toBeDefined();
    expect(resourcePathError('/items/{id}')).toBeUndefined();
  });

  it('selection pattern must compile', () => {
    expect(selectionPatternError('Not found(')).toMatch(/^Not a valid regular expression/);
    expect(selectionPatternError('Not found.*')).toBeUndefined();
  });

  it('method response added per status', () => {
    const next = withMethodResponses([{ StatusCode: '200' }, { StatusCode: '404' }], [{ StatusCode: '200' }]);
    expect(next).toEqual([{ StatusCode: '200' }, { StatusCode: '404' }]);
  });

  it('empty template removes the type', () => {
    expect(withTemplate({ 'application/json': 'x' }, 'application/json', '')).toBeUndefined();
    expect(withTemplate(undefined, 'text/plain', 'y')).toEqual({ 'text/plain': 'y' });
  });
});
