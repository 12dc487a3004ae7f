namespace Marsad.Tests.Faults;

/// <summary>
/// Runs work on another thread and fails the test if it has not finished in a generous time: a
/// guard against hangs only. How fast the work is belongs to bench/, never to a test.
/// </summary>
internal static class HangGuard
{
    public static readonly TimeSpan Default = TimeSpan.FromMinutes(3);

    public static T Run<T>(Func<T> work, string what, TimeSpan? limit = null)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(limit ?? Default), $"{what} hangs (not done after {(limit ?? Default).TotalSeconds:0} s)");
        return task.Result;
    }
}
