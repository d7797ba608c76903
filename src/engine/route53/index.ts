export { albDnsHealth, type AlbDnsHealth } from './alb-health';
export {
  failoverRecords,
  resolveDnsFailover,
  type DnsAnswer,
  type FailoverRecord,
} from './failover';
export { albDnsName, runRoute53Request } from './run-dns';
