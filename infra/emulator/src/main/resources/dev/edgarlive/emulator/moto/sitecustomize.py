"""Two fixes to moto 5's DynamoDB that keep its cost in proportion to the requests it serves.

Python imports this module at start-up (as ``sitecustomize``) when its directory is on PYTHONPATH: MotoServer and
.ci/run start moto_server that way. Nothing AWS does is changed: responses, errors and the rollback of a failed
transaction are moto's own. Without the fixes, ingesting the shared corpus (386 filings, one TransactWriteItems
each) took 865 s and left moto_server holding 19 GB.

1. ``BaseModel.__new__`` appends every model object moto ever creates to a class-level list (for the
   /moto-api/ dashboard), and DynamoType and Item are models. TransactWriteItems deep-copies the whole table as
   its rollback backup, so each transaction added a table's worth of objects that were never freed. Here new
   objects are no longer listed; the dashboard's data view is the only thing that reads the list.
2. TransactWriteItems takes that backup once per action naming the table, before any action runs, so every copy
   is the same; a transaction of six actions copied the table six times. Here the copies of one call share the
   first.

Both patches look for what they replace and step aside, saying so on stderr, when a moto version lacks it.
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


class _OneBackupPerCall:
    """Stands in for the copy module inside moto.dynamodb.models: a deep copy of a table asked for again within
    one TransactWriteItems call returns the copy already made. Any other copy goes to the real module."""

    def __init__(self, table_type):
        self._table_type = table_type
        self._call = threading.local()

    def __getattr__(self, name):
        return getattr(copy, name)

    def deepcopy(self, value, memo=None):
        backups = getattr(self._call, "backups", None)
        if backups is None or not isinstance(value, self._table_type):
            return copy.deepcopy(value, memo)
        if id(value) not in backups:
            backups[id(value)] = copy.deepcopy(value, memo)
        return backups[id(value)]

    def around(self, transact_write_items):
        def one_backup_per_table(backend, transact_items, *args, **kwargs):
            self._call.backups = {}
            try:
                return transact_write_items(backend, transact_items, *args, **kwargs)
            finally:
                self._call.backups = None

        return one_backup_per_table


def _back_up_each_table_once():
    try:
        from moto.dynamodb import models
        from moto.dynamodb.models.table import Table
        backend = models.DynamoDBBackend
        original = backend.transact_write_items
        if getattr(models, "copy", None) is not copy:
            raise ImportError("moto.dynamodb.models no longer uses the copy module")
    except (ImportError, AttributeError) as missing:
        print("edgar-live sitecustomize: moto DynamoDB transactions left as they are:", missing, file=sys.stderr)
        return False
    one_backup = _OneBackupPerCall(Table)
    models.copy = one_backup
    backend.transact_write_items = one_backup.around(original)
    return True


if _stop_listing_new_models() and _back_up_each_table_once():
    # MotoFixesIT looks for this line in the server's log.
    print("edgar-live sitecustomize: moto DynamoDB fixes applied", file=sys.stderr, flush=True)
