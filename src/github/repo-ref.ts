// publish/collect: the repository a GitHub call is about, as every REST route names it.
export interface RepoRef {
  owner: string;
  repo: string;
}
