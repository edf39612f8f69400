export declare const WORKER_BUDGET_GZIP_BYTES: number;
export interface WorkerFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}
export interface WorkerReport {
  files: WorkerFile[];
  gzipBytes: number;
  budgetGzipBytes: number;
}
export declare function buildWorker(outDir?: string): string;
export declare function measureWorker(outDir: string): WorkerReport;
