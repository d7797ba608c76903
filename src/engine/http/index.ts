export { parseRawHttpRequest } from './parse-request';
export { headerValue, headerValues, type HttpRequest } from './request';
export { STATUS_TEXT, statusText } from './status';
