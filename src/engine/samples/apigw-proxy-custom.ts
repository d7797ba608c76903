import type { Scenario } from '../model/scenario';
import { sampleSettings } from './settings';

const HANDLER = `// One function behind two routes: /items/{id} (Lambda proxy) and
// /legacy/items/{id} (custom integration with mapping templates).
const ITEMS = { '1': { id: '1', name: 'Lamp' }, '2': { id: '2', name: 'Desk' } };

export const handler = async (event) => {
  console.log('event', JSON.stringify(event));
  const proxy = event.httpMethod !== undefined;
  const id = proxy ? event.pathParameters?.id : event.id;
  const item = ITEMS[id];
  if (proxy) {
    // A proxy integration passes the status code the function returns.
    return {
      statusCode: item ? 200 : 404,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(item ?? { message: \`Not found: item \${id}\` }),
    };
  }
  // A custom integration maps errors by their message: "Not found.*" → 404.
  if (!item) {
    throw new Error(\`Not found: item \${id}\`);
  }
  return item;
};
`;

const REQUEST_TEMPLATE = `{
  "id": "$util.escapeJavaScript($input.params('id'))",
  "requestId": "$context.requestId"
}`;

const OK_TEMPLATE = `{
  "legacy": true,
  "item": $input.json('$')
}`;

const NOT_FOUND_TEMPLATE = `{
  "legacy": true,
  "error": "$util.escapeJavaScript($input.path('$.errorMessage'))"
}`;

/**
 * A REST API with one function behind a proxy route and a custom route, to
 * compare the event each sends and how errors reach the client.
 */
export const APIGW_PROXY_CUSTOM_SAMPLE: Scenario = {
  version: 1,
  name: 'API Gateway: proxy and custom integrations',
  description:
    'A REST API sends /items/{id} to a function through a Lambda proxy integration and /legacy/items/{id} through a custom integration with mapping templates. Send GET /prod/items/1 and GET /prod/legacy/items/3 and compare the events and responses.',
  settings: sampleSettings(),
  nodes: [
    {
      id: 'api',
      type: 'apigateway',
      position: { x: 0, y: 80 },
      config: { Name: 'items-api', ProtocolType: 'REST', StageName: 'prod' },
    },
    {
      id: 'items',
      type: 'lambda',
      position: { x: 420, y: 80 },
      config: { FunctionName: 'items', code: HANDLER },
    },
  ],
  edges: [
    {
      id: 'api-items',
      source: 'api',
      target: 'items',
      config: { HttpMethod: 'GET', ResourcePath: '/items/{id}' },
    },
    {
      id: 'api-legacy-items',
      source: 'api',
      target: 'items',
      config: {
        HttpMethod: 'GET',
        ResourcePath: '/legacy/items/{id}',
        IntegrationType: 'AWS',
        RequestTemplates: { 'application/json': REQUEST_TEMPLATE },
        IntegrationResponses: [
          { StatusCode: '200', ResponseTemplates: { 'application/json': OK_TEMPLATE } },
          {
            StatusCode: '404',
            SelectionPattern: 'Not found.*',
            ResponseTemplates: { 'application/json': NOT_FOUND_TEMPLATE },
          },
        ],
        MethodResponses: [{ StatusCode: '200' }, { StatusCode: '404' }],
      },
    },
  ],
  loads: [],
};
