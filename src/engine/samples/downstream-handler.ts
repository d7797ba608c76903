/**
 * Handler code shared by the health-check samples: it returns 503 to every
 * request, health checks included, while its downstream dependency is down
 * (environment variable DOWNSTREAM_UP=false).
 */
export const DOWNSTREAM_HANDLER = `// Answers 503 while the downstream dependency is down.
export const handler = async (event) => {
  const up = process.env.DOWNSTREAM_UP !== 'false';
  const check = event.headers?.['user-agent'] === 'ELB-HealthChecker/2.0';
  console.log(check ? 'health check' : event.path, 'downstream', up ? 'up' : 'down');
  return {
    statusCode: up ? 200 : 503,
    statusDescription: up ? '200 OK' : '503 Service Unavailable',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ region: process.env.AWS_REGION, downstream: up ? 'up' : 'down' }),
  };
};
`;
