export { exportSam, samSnippet, type SamExport } from './export';
export type { SamFile } from './context';
export { toYaml, ref, getAtt, sub, CfnTag, type YamlValue } from './yaml';
