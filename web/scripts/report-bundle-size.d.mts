export declare const JS_BUDGET_GZIP_BYTES: number;
export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
  firstLoad: boolean;
}
export declare function measureBundle(distDir?: string): {
  files: BundleFile[];
  firstLoadGzipBytes: number;
  totalGzipBytes: number;
  budgetGzipBytes: number;
};
