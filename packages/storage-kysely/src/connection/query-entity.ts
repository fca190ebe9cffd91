import { AliasNode, TableNode, type OperationNode, type RootOperationNode } from 'kysely';

/**
 * The table a compiled query writes to or reads from first, used as the entity of translated driver errors.
 * Raw queries have no table and return `undefined`.
 */
export function entityOfQuery(query: RootOperationNode | undefined): string | undefined {
  if (!query) return undefined;
  switch (query.kind) {
    case 'InsertQueryNode':
      return tableNameOf(query.into);
    case 'UpdateQueryNode':
      return tableNameOf(query.table);
    case 'DeleteQueryNode':
      return tableNameOf(query.from.froms[0]);
    case 'SelectQueryNode':
      return tableNameOf(query.from?.froms[0]);
    default:
      return undefined;
  }
}

function tableNameOf(node: OperationNode | undefined): string | undefined {
  if (!node) return undefined;
  if (TableNode.is(node)) return node.table.identifier.name;
  if (AliasNode.is(node)) return tableNameOf(node.node);
  return undefined;
}
