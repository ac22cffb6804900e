"""Six fixes to moto 5's DynamoDB that keep its cost in proportion to the requests it serves.

Python imports this module at start-up (as ``sitecustomize``) when its directory is on PYTHONPATH: MotoServer and
.ci/run start moto_server that way. Nothing AWS does is changed: responses, errors and the rollback of a failed
transaction are moto's own. Without the fixes, ingesting the shared corpus (386 filings, one TransactWriteItems
each) took 865 s and left moto_server holding 19 GB.

1. ``BaseModel.__new__`` appends every model object moto ever creates to a class-level list (for the
   /moto-api/ dashboard), and DynamoType and Item are models. TransactWriteItems deep-copies the whole table as
   its rollback backup, so each transaction added a table's worth of objects that were never freed. Here new
   objects are no longer listed; the dashboard's data view is the only thing that reads the list.
2. TransactWriteItems takes that backup once per action naming the table, before any action runs, and copies
   the whole table each time, so a transaction cost in proportion to the table's size times its actions. Here
   one backup per table and call copies only the partitions and items the actions name (see _TransactionBackup).
3. A Query on the table itself (not an index) walks every item of the table to keep those of one partition,
   though the table holds them by partition; reading a filing cost a pass over the whole corpus. Here such a
   query walks that partition's items only; moto still checks each one's key as before.
4. A Query on an index sorts every item of the table by its table key before keeping those of the index
   partition asked for, then sorts what it kept by the index's key. Here the walk hands it only the items whose
   index key attributes equal the query's, unsorted (the second sort orders them fully); one page of a list
   over the whole corpus cost about a second of sorting.
5. Every request asks which of moto's service modules a Host header names by listing moto's package directory
   (about 3 ms a request); here the list is read once, as the directory does not change while the server runs.
6. Each DynamoDB response is written through moto's generic serializer, which looks each of the ten members of
   every attribute value up by several spellings: about a quarter of moto's time when the tests run. Here an
   attribute value (already in DynamoDB's wire form, binaries as bytes) is written directly: the same members,
   binaries in base64 as the serializer writes them, members the model does not name left out as it leaves them.

Each patch looks for what it replaces and steps aside, saying so on stderr, when a moto version lacks it.
"""
import copy
import sys
import threading


def _stop_listing_new_models():
    try:
        from moto.core.common_models import BaseModel
    except ImportError as missing:
        print("edgar-live sitecustomize: moto BaseModel not found, instance list left as is:", missing,
              file=sys.stderr)
        return False

    def unlisted_new(cls, *args, **kwargs):
        return object.__new__(cls)

    BaseModel.__new__ = unlisted_new
    return True


class _TransactionBackup:
    """Stands in for the copy module inside moto.dynamodb.models, where TransactWriteItems backs up each table it
    names before running its actions. Within that call a table's backup is made once, and holds copies of only what
    the actions can change: the partitions they write to, as new dicts, and the items they name, deep-copied. The
    rest is shared with the live table, which the actions do not touch: Put and Delete replace or remove an entry
    of a partition dict, Update changes the item it names. A rollback puts the backup in the table's place, as
    before. Any other copy, and any table this cannot read, goes to the real deepcopy."""

    def __init__(self, table_type, dynamo_type):
        self._table_type = table_type
        self._dynamo_type = dynamo_type
        self._call = threading.local()

    def __getattr__(self, name):
        return getattr(copy, name)

    def deepcopy(self, value, memo=None):
        backups = getattr(self._call, "backups", None)
        if backups is None or not isinstance(value, self._table_type):
            return copy.deepcopy(value, memo)
        if id(value) not in backups:
            try:
                backups[id(value)] = self._backup(value, self._call.actions)
            except (AttributeError, KeyError, TypeError, ValueError) as unreadable:
                print("edgar-live sitecustomize: copying all of table", getattr(value, "name", "?"),
                      "as the transaction's backup:", repr(unreadable), file=sys.stderr)
                backups[id(value)] = copy.deepcopy(value, memo)
        return backups[id(value)]

    def around(self, transact_write_items):
        def with_light_backups(backend, transact_items, *args, **kwargs):
            self._call.backups = {}
            self._call.actions = transact_items
            try:
                return transact_write_items(backend, transact_items, *args, **kwargs)
            finally:
                self._call.backups = None
                self._call.actions = None

        return with_light_backups

    def _backup(self, table, actions):
        backup = copy.copy(table)
        backup.items = copy.copy(table.items)
        ranged = table.range_key_attr is not None
        copied_partitions = set()
        for hash_value, range_value in self._keys_named(table, actions):
            if not ranged:
                if hash_value in table.items:
                    backup.items[hash_value] = copy.deepcopy(table.items[hash_value])
                continue
            if hash_value not in copied_partitions:
                # Several actions may name one partition: it is copied once, then each named item in it.
                backup.items[hash_value] = dict(table.items.get(hash_value, {}))
                copied_partitions.add(hash_value)
            partition = backup.items[hash_value]
            if range_value in partition and partition[range_value] is table.items[hash_value].get(range_value):
                partition[range_value] = copy.deepcopy(partition[range_value])
        return backup

    def _keys_named(self, table, actions):
        keys = []
        for action in actions:
            op = next(iter(action.values()))
            if op.get("TableName") != table.name:
                continue
            attrs = op["Item"] if "Item" in op and "Key" not in op else op["Key"]
            hash_value = self._dynamo_type(attrs[table.hash_key_attr])
            range_value = None
            if table.range_key_attr is not None:
                range_value = self._dynamo_type(attrs[table.range_key_attr])
            keys.append((hash_value, range_value))
        return keys


def _back_up_only_what_transactions_change():
    try:
        from moto.dynamodb import models
        from moto.dynamodb.models.dynamo_type import DynamoType
        from moto.dynamodb.models.table import Table
        backend = models.DynamoDBBackend
        original = backend.transact_write_items
        if getattr(models, "copy", None) is not copy:
            raise ImportError("moto.dynamodb.models no longer uses the copy module")
    except (ImportError, AttributeError) as missing:
        print("edgar-live sitecustomize: moto DynamoDB transactions left as they are:", missing, file=sys.stderr)
        return False
    backup = _TransactionBackup(Table, DynamoType)
    models.copy = backup
    backend.transact_write_items = backup.around(original)
    return True


class _PartitionWalk:
    """Wraps Table.query and Table.all_items: while a query runs on a thread, all_items yields only the items that
    query can return. For a query on the table, the items of the queried partition; for a query on an index, the
    items whose attributes equal the query's hash key conditions, in no order (moto sorts an index query's items
    by the index's key and the table's afterwards, a total order). moto still checks every condition on what it
    is handed, so the result is the same; only the items it would have discarded are gone from the walk."""

    def __init__(self, table_type):
        self._table_type = table_type
        self._call = threading.local()

    def install(self):
        query = self._table_type.query
        all_items = self._table_type.all_items
        call = self._call

        def query_walking_only_candidates(table, hash_key, *args, **kwargs):
            index_name = kwargs.get("index_name", args[6] if len(args) > 6 else None)
            if index_name:
                conditions = kwargs.get("hash_key_conditions") or []
                call.walk = (table, lambda: _items_matching(table, conditions)) if conditions else None
            elif hash_key is not None:
                call.walk = (table, lambda: _items_of_partition(table, hash_key))
            else:
                call.walk = None
            try:
                return query(table, hash_key, *args, **kwargs)
            finally:
                call.walk = None

        def candidate_items(table):
            walk = getattr(call, "walk", None)
            if walk is None or walk[0] is not table:
                return all_items(table)
            return walk[1]()

        self._table_type.query = query_walking_only_candidates
        self._table_type.all_items = candidate_items


def _items_of_partition(table, hash_key):
    held = table.items.get(hash_key)
    if held is None:
        return iter(())
    return iter(held.values()) if table.range_key_attr is not None else iter((held,))


def _items_matching(table, conditions):
    """The table's items whose attributes equal each (name, value) of an index query's hash key conditions."""
    partitions = table.items.values()
    items = (item for partition in partitions for item in partition.values()) if table.range_key_attr is not None \
        else iter(partitions)
    return [item for item in items
            if all(item.attrs.get(name) is not None and item.attrs[name] == value for name, value in conditions)]


def _walk_only_the_queried_partition():
    try:
        from moto.dynamodb.models.table import Table
        import inspect
        parameters = list(inspect.signature(Table.query).parameters)
        if (parameters[:2] != ["self", "hash_key"] or parameters[8] != "index_name"
                or "hash_key_conditions" not in parameters or not hasattr(Table, "all_items")):
            raise AttributeError("Table.query(self, hash_key, ..., index_name, ..., hash_key_conditions) is not as "
                                 "expected: " + str(parameters))
    except (ImportError, AttributeError, IndexError) as missing:
        print("edgar-live sitecustomize: moto queries left as they are:", missing, file=sys.stderr)
        return False
    _PartitionWalk(Table).install()
    return True


def _list_moto_modules_once():
    try:
        from moto import backends
        listed = tuple(backends.list_of_moto_modules())
    except (ImportError, AttributeError, OSError) as missing:
        print("edgar-live sitecustomize: moto's module list left as it is:", missing, file=sys.stderr)
        return False
    backends.list_of_moto_modules = lambda: listed
    return True


def _write_attribute_values_directly():
    try:
        from moto.core.serialize import BaseJSONSerializer
        original = BaseJSONSerializer._serialize_type_structure
    except (ImportError, AttributeError) as missing:
        print("edgar-live sitecustomize: moto's DynamoDB serializer left as it is:", missing, file=sys.stderr)
        return False

    def attribute_value(serializer, value, members):
        written = {}
        for type_name, held in value.items():
            if held is None or type_name not in members:
                continue
            if type_name == "B":
                held = serializer._base64(held)
            elif type_name == "BS":
                held = [serializer._base64(one) for one in held]
            elif type_name == "M":
                held = {name: attribute_value(serializer, one, members) for name, one in held.items()
                        if one is not None}
            elif type_name == "L":
                held = [None if one is None else attribute_value(serializer, one, members) for one in held]
            written[type_name] = held
        return written

    def serialize_structure(serializer, serialized, value, shape, key):
        if key and shape.name == "AttributeValue" and type(value) is dict:
            serializer._default_serialize(serialized, attribute_value(serializer, value, shape.members), shape, key)
            return
        original(serializer, serialized, value, shape, key)

    BaseJSONSerializer._serialize_type_structure = serialize_structure
    return True


_applied = [_stop_listing_new_models(), _back_up_only_what_transactions_change(), _walk_only_the_queried_partition(),
            _list_moto_modules_once(), _write_attribute_values_directly()]
if all(_applied):
    # MotoFixesIT looks for this line in the server's log.
    print("edgar-live sitecustomize: moto DynamoDB fixes applied", file=sys.stderr, flush=True)
