/**
 * A team list pasted from a document or a spreadsheet: one person a line, "Name, role" or
 * "Name<tab>role" (a third part names the subteam). Roles are checked by the server, which
 * reads "parent", "principal", "maestra"... as well as the labels.
 */
export interface PastedMember {
  name: string;
  role: string;
  subteam?: string;
}

export function parsePastedTeam(text: string): PastedMember[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const parts = (line.includes('\t') ? line.split('\t') : line.split(/\s*[,;]\s*/)).map((p) =>
        p.trim(),
      );
      const [name = '', role = '', subteam] = parts;
      const member: PastedMember = { name, role };
      if (subteam) member.subteam = subteam;
      return member;
    });
}
