using System.Data;
using System.Data.Common;

namespace Marsad.Store;

/// <summary>
/// One SQL statement prepared on its connection once and run many times with new values: the
/// parameters keep their declared types, so neither SQLite nor PostgreSQL plans it again.
/// </summary>
internal sealed class Statement : IDisposable
{
    private readonly DbCommand _command;
    private bool _prepared;

    /// <param name="connection">The open connection the statement runs on.</param>
    /// <param name="sql">The statement, with @name parameters.</param>
    /// <param name="parameters">Every parameter, in the order <see cref="Bind"/> takes their values.</param>
    public Statement(DbConnection connection, string sql, params (string Name, DbType Type)[] parameters)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        foreach (var (name, type) in parameters)
        {
            var p = _command.CreateParameter();
            p.ParameterName = name;
            p.DbType = type;
            p.Value = DBNull.Value;
            _command.Parameters.Add(p);
        }
    }

    /// <summary>The command with <paramref name="values"/> bound (null is SQL NULL), inside <paramref name="transaction"/>.</summary>
    public DbCommand Bind(DbTransaction? transaction, params object?[] values)
    {
        if (values.Length != _command.Parameters.Count)
            throw new ArgumentException($"{_command.Parameters.Count} values expected, {values.Length} given", nameof(values));
        _command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
            _command.Parameters[i].Value = values[i] ?? DBNull.Value;
        if (!_prepared)
        {
            _command.Prepare();
            _prepared = true;
        }
        return _command;
    }

    /// <summary>Runs the statement; the number of rows it changed.</summary>
    public int Execute(DbTransaction? transaction, params object?[] values) => Bind(transaction, values).ExecuteNonQuery();

    /// <summary>Runs the statement; the first column of its first row, null for none or SQL NULL.</summary>
    public object? Scalar(DbTransaction? transaction, params object?[] values) =>
        Bind(transaction, values).ExecuteScalar() is var value && value is DBNull ? null : value;

    public void Dispose() => _command.Dispose();
}
